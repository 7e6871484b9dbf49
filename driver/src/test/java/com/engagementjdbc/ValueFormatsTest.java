package com.engagementjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers, dates and durations as ad and analytics platforms write them: percentages, currencies, accounting
 * negatives, thousands separators, markers of no value, month names, 12-hour clocks, h:mm:ss durations. Each
 * expected value is worked out by hand in the comment beside it.
 */
class ValueFormatsTest {
  @TempDir Path dir;

  @Test void percentagesAreFractionsAsSpreadsheetsStoreThem() throws Exception {
    Db.write(dir, "ads.csv", "id,ctr\n1,3.53%\n2,2.00%\n3,-5%\n");
    assertEquals(List.of("id INTEGER", "ctr DOUBLE"), Db.columns(dir, "ads"));
    // 3.53% is 0.0353, -5% is -0.05 (negative, not a dash)
    assertEquals(List.of(List.of(1, 0.0353), List.of(2, 0.02), List.of(3, -0.05)),
        Db.rows(dir, "select id, ctr from ads order by id"));
    // 0.0353 + 0.02 - 0.05 = 0.0053
    assertEquals(0.0053, (Double) Db.rows(dir, "select sum(ctr) from ads").get(0).get(0), 1e-15);
    assertEquals(List.of(Db.row("DOUBLE", "percent", 0L)), Db.rows(dir, "select type, unit, no_value_markers"
        + " from sys.source_columns where table_name = 'ads' and column_name = 'ctr'"));
  }

  @Test void frenchPercentagesWithACommaAndASpace() throws Exception {
    Db.write(dir, "fr.csv", "campagne;taux\nA;2,5 %\nB;12,75\u00A0%\n");
    // 2,5 % is 0.025 and 12,75 % (no-break space) 0.1275
    assertEquals(List.of(List.of("A", 0.025), List.of("B", 0.1275)),
        Db.rows(dir, "select campagne, taux from fr order by campagne"));
  }

  @Test void moneyIsAnExactDecimalThatSumsWithoutDrift() throws Exception {
    Db.write(dir, "spend.csv", "campaign,cost\nA,$0.10\nB,$0.10\nC,$0.10\n");
    assertEquals(List.of("campaign VARCHAR", "cost DECIMAL"), Db.columns(dir, "spend"));
    // 0.10 + 0.10 + 0.10 = 0.30 exactly (as DOUBLE it would be 0.30000000000000004); AVG keeps 6 decimals
    assertEquals(List.of(List.of(new BigDecimal("0.30"), true, new BigDecimal("0.100000"))),
        Db.rows(dir, "select sum(cost), sum(cost) = 0.3, avg(cost) from spend"));
    // grouped: each campaign 0.10
    assertEquals(List.of(List.of("A", new BigDecimal("0.10")), List.of("B", new BigDecimal("0.10"))),
        Db.rows(dir, "select campaign, sum(cost) from spend where campaign < 'C' group by campaign order by 1"));
    assertEquals(List.of(Db.row("DECIMAL", ".", "currency $",
            "DECIMAL(18,2): amounts in $, added up exactly (decimal separator '.')")),
        Db.rows(dir, "select type, decimal_separator, unit, reason from sys.source_columns"
            + " where table_name = 'spend' and column_name = 'cost'"));
  }

  @Test void currenciesBeforeOrAfterWithSignsAndThousands() throws Exception {
    Db.write(dir, "m.csv", "id,usd,eur,code,yen,chf\n"
        + "1,\"$1,234.56\",\"1\u00A0234,56 €\",EUR 12.50,\"¥1,200\",CHF 1'234.50\n"
        + "2,-$3.20,\"-12,00 €\",7.25 EUR,¥300,CHF 0.50\n"
        + "3,($12.50),\"0,44 €\",US$3.20,¥0,CHF 10\n");
    // usd: 1234.56 - 3.20 - 12.50 = 1218.86; eur: 1234.56 - 12.00 + 0.44 = 1223.00
    assertEquals(List.of(List.of(new BigDecimal("1218.86"), new BigDecimal("1223.00"), new BigDecimal("1500"),
            new BigDecimal("1245.00"))),
        Db.rows(dir, "select sum(usd), sum(eur), sum(yen), sum(chf) from m"));
    // EUR and US$ are two currencies: not added together
    assertEquals(List.of(Db.row("code", "VARCHAR", null)), Db.rows(dir, "select column_name, type, unit"
        + " from sys.source_columns where table_name = 'm' and column_name = 'code'"));
    assertEquals(List.of(Db.row("usd", "currency $", ".", 2), Db.row("eur", "currency €", ",", 2),
            Db.row("yen", "currency ¥", ".", 0), Db.row("chf", "currency CHF", ".", 2)),
        Db.rows(dir, "select column_name, unit, decimal_separator, scale from ("
            + "select column_name, unit, decimal_separator, ordinal_position,"
            + " cast(substring(reason from position(',' in reason) + 1 for 1) as integer) as scale"
            + " from sys.source_columns where table_name = 'm' and type = 'DECIMAL') order by ordinal_position"));
  }

  @Test void accountingParenthesesAreNegative() throws Exception {
    Db.write(dir, "p.csv", "id,net\n1,(12.50)\n2,7.25\n3,\"(1,000)\"\n");
    // -12.50 + 7.25 - 1000 = -1005.25
    assertEquals(List.of(List.of(-1005.25)), Db.rows(dir, "select sum(net) from p"));
  }

  @Test void aColumnMixingUnitsStaysTextAndSaysWhy() throws Exception {
    Db.write(dir, "mix.csv", "id,rate,price\n1,3%,$5\n2,4,€5\n");
    assertEquals(List.of("id INTEGER", "rate VARCHAR", "price VARCHAR"), Db.columns(dir, "mix"));
    assertEquals(List.of(
            Db.row("rate", "VARCHAR: numbers of different units, not added together: line 2 has a percentage"
                + " ('3%'), line 3 a plain number ('4')"),
            Db.row("price", "VARCHAR: numbers of different units, not added together: line 2 has an amount in $"
                + " ('$5'), line 3 an amount in € ('€5')")),
        Db.rows(dir, "select column_name, reason from sys.source_columns where table_name = 'mix'"
            + " and type = 'VARCHAR' order by ordinal_position"));
    // the text is kept as written
    assertEquals(List.of(List.of("3%", "$5")), Db.rows(dir, "select rate, price from mix where id = 1"));
  }

  @Test void thousandsSeparatorsOfEveryKind() throws Exception {
    Db.write(dir, "t.csv", "a,b,c\n\"1 234\",1'234,12\u202F345\n5,6,7\n");
    // 1 234 + 5 = 1239; 1'234 + 6 = 1240; 12 345 (narrow no-break space) + 7 = 12352
    assertEquals(List.of(List.of(1239L, 1240L, 12352L)), Db.rows(dir, "select sum(a), sum(b), sum(c) from t"));
  }

  @Test void aThousandsOrDecimalPointIsDecidedByTheColumn() throws Exception {
    // 2.5 cannot group thousands, so the column's '.' is a decimal point: 1.234 + 2.5 = 3.734
    Db.write(dir, "dot.csv", "id,cost\n1,$1.234\n2,$2.5\n");
    assertEquals(List.of(List.of(new BigDecimal("3.734"))), Db.rows(dir, "select sum(cost) from dot"));
    // 2.500,50 settles the comma: 1.234 is 1234, and 1234 + 2500.50 = 3734.50
    Db.write(dir, "comma.csv", "id;cost\n1;€1.234\n2;€2.500,50\n");
    assertEquals(List.of(List.of(new BigDecimal("3734.50"))), Db.rows(dir, "select sum(cost) from comma"));
  }

  @Test void noValueMarkersAreNullInNumberAndDateColumnsAndTextInOthers() throws Exception {
    Db.write(dir, "n.csv", "clicks,seen,label\n12,2026-01-02,x\n--,-,--\nN/A,—,N/A\n\u2014,(none),y\n7,null,NA\n");
    assertEquals(List.of("clicks INTEGER", "seen DATE", "label VARCHAR"), Db.columns(dir, "n"));
    // 12 + 7 = 19; three markers in clicks, four in day, none counted in the text column
    assertEquals(List.of(List.of(19L, 2L, 1L, 5L)),
        Db.rows(dir, "select sum(clicks), count(clicks), count(seen), count(label) from n"));
    assertEquals(List.of(List.of("--"), List.of("N/A"), List.of("NA")),
        Db.rows(dir, "select label from n where label not in ('x', 'y') order by label"));
    assertEquals(List.of(Db.row("clicks", 3L, 3L,
                "INTEGER: every value is a whole number; 3 cells without value ('--') read as NULL"),
            Db.row("seen", 4L, 4L, "DATE: every value is an ISO date; 4 cells without value ('-') read as NULL"),
            Db.row("label", 0L, 0L, "VARCHAR: line 2 has 'x'")),
        Db.rows(dir, "select column_name, null_count, no_value_markers, reason from sys.source_columns"
            + " where table_name = 'n' order by ordinal_position"));
  }

  @Test void aColumnOfMarkersOnlyIsText() throws Exception {
    Db.write(dir, "m.csv", "a,b\n1,--\n2,N/A\n");
    assertEquals(List.of("a INTEGER", "b VARCHAR"), Db.columns(dir, "m"));
    assertEquals(List.of(List.of("--"), List.of("N/A")), Db.rows(dir, "select b from m order by a"));
  }

  @Test void englishAndFrenchMonthNames() throws Exception {
    Db.write(dir, "d.csv", "id,posted\n1,\"Nov 27, 2026\"\n2,\"November 1, 2026\"\n3,27 Nov 2026\n4,27-Nov-2026\n"
        + "5,27 nov. 2026\n6,27 novembre 2026\n7,1er février 2026\n8,Sept. 3 2026\n");
    assertEquals(List.of("id INTEGER", "posted DATE"), Db.columns(dir, "d"));
    assertEquals(List.of(List.of(Date.valueOf("2026-11-27")), List.of(Date.valueOf("2026-11-01")),
            List.of(Date.valueOf("2026-11-27")), List.of(Date.valueOf("2026-11-27")),
            List.of(Date.valueOf("2026-11-27")), List.of(Date.valueOf("2026-11-27")),
            List.of(Date.valueOf("2026-02-01")), List.of(Date.valueOf("2026-09-03"))),
        Db.rows(dir, "select posted from d order by id"));
    assertEquals(List.of(Db.row("month name", "DATE: every value is a date with the month's name")),
        Db.rows(dir, "select date_order, reason from sys.source_columns where table_name = 'd' and ordinal_position = 2"));
  }

  @Test void twelveHourClocks() throws Exception {
    Db.write(dir, "mc.csv", "id,sent\n1,\"Nov 27, 2026 07:30 PM\"\n2,\"Nov 28, 2026 12:00 AM\"\n"
        + "3,\"Nov 28, 2026 12:15 pm\"\n4,27 nov. 2026 à 19:30\n");
    // 07:30 PM is 19:30, 12:00 AM midnight, 12:15 pm a quarter past noon
    assertEquals(List.of(List.of(Timestamp.valueOf("2026-11-27 19:30:00")),
            List.of(Timestamp.valueOf("2026-11-28 00:00:00")), List.of(Timestamp.valueOf("2026-11-28 12:15:00")),
            List.of(Timestamp.valueOf("2026-11-27 19:30:00"))),
        Db.rows(dir, "select sent from mc order by id"));
    // numbers with a 12-hour clock: 11/27 settles month first for the column
    Db.write(dir, "us.csv", "id,sent\n1,11/27/2026 7:30PM\n2,03/04/2026 9:05 AM\n");
    assertEquals(List.of(List.of(Timestamp.valueOf("2026-03-04 09:05:00"))),
        Db.rows(dir, "select sent from us where id = 2"));
  }

  @Test void whatLooksLikeADateButIsNoneStaysText() throws Exception {
    Db.write(dir, "codes.csv", "code,label,month,bad\n12-34,Total,May,\"Nov 31, 2026\"\n56-78,Nov,June,\"Nov 30, 2026\"\n");
    assertEquals(List.of("code VARCHAR", "label VARCHAR", "month VARCHAR", "bad VARCHAR"),
        Db.columns(dir, "codes"));
  }

  @Test void durationsAreSeconds() throws Exception {
    Db.write(dir, "yt.csv", "video,avg_view,watch\nA,0:02:53,00:01:23\nB,1:02:03.5,26:00:00\n");
    assertEquals(List.of("video VARCHAR", "avg_view DOUBLE", "watch INTEGER"), Db.columns(dir, "yt"));
    // 0:02:53 = 173 s, 1:02:03.5 = 3723.5 s; 00:01:23 = 83 s, 26:00:00 = 93600 s (hours pass 24)
    assertEquals(List.of(List.of(3896.5, 93683L)), Db.rows(dir, "select sum(avg_view), sum(watch) from yt"));
    assertEquals(List.of(Db.row("seconds", "INTEGER: every value is a duration h:mm:ss, read as a number of seconds")),
        Db.rows(dir, "select unit, reason from sys.source_columns where table_name = 'yt' and column_name = 'watch'"));
  }

  @Test void timesOfDayAreNotDurationsUnlessTheSidecarSaysSo() throws Exception {
    Db.write(dir, "slots.csv", "id,slot,length\n1,12:30,0:02:53\n2,09:15,0:00:07\n");
    assertEquals(List.of("id INTEGER", "slot VARCHAR", "length INTEGER"), Db.columns(dir, "slots"));
    Db.write(dir, "slots.csv.properties", "column.slot=DURATION\ncolumn.length=VARCHAR\n");
    // declared, 12:30 is 12 minutes 30 seconds = 750 s and 09:15 555 s: 1305 s in all
    assertEquals(List.of("id INTEGER", "slot DOUBLE", "length VARCHAR"), Db.columns(dir, "slots"));
    assertEquals(List.of(List.of(1305.0, "0:00:07")), Db.rows(dir, "select sum(slot), min(length) from slots"));
  }

  @Test void aDeclaredDecimalIsExactToo() throws Exception {
    Db.write(dir, "plain.csv", "id,cost\n1,0.10\n2,0.10\n3,0.10\n");
    // inferred, plain fractions are DOUBLE; declared NUMERIC or DECIMAL, the sum is exact
    assertEquals(List.of("id INTEGER", "cost DOUBLE"), Db.columns(dir, "plain"));
    Db.write(dir, "plain.csv.properties", "column.cost=DECIMAL\n");
    assertEquals(List.of(List.of(new BigDecimal("0.30"))), Db.rows(dir, "select sum(cost) from plain"));
  }

  @Test void monthlyFilesOfMoneyStayExact() throws Exception {
    Db.write(dir, "spend_2026-01.csv", "campaign,cost\nA,$0.10\n");
    Db.write(dir, "spend_2026-02.csv", "campaign,cost\nA,$0.125\nB,$2\n");
    // 0.10 + 0.125 + 2 = 2.225, at the larger scale 3
    assertEquals(List.of(List.of(new BigDecimal("2.225"))), Db.rows(dir, "select sum(cost) from spend"));
  }

  @Test void aHeaderIsStillFoundAboveFormattedValues() throws Exception {
    Db.write(dir, "h.csv", "Cost,CTR\n$1.00,1%\n$2.00,2%\n");
    List<List<Object>> rows = Db.rows(dir, "select count(*), sum(\"Cost\") from h");
    assertEquals(List.of(List.of(2L, new BigDecimal("3.00"))), rows);
    assertTrue(Db.columns(dir, "h").contains("CTR DOUBLE"));
  }
}
