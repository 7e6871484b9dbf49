package com.engagementjdbc.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.engagementjdbc.Db;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports shaped as the ad and analytics platforms write them (src/test/resources/exports): each is read with its
 * real header found below its preamble, its summary rows and footer left out and listed, and the sums of its plain
 * integer columns equal to the ones computed by hand from the file.
 */
class PlatformExportsTest {
  @TempDir Path dir;

  private void export(String name) throws IOException {
    try (InputStream in = PlatformExportsTest.class.getResourceAsStream("/exports/" + name)) {
      Files.copy(in, dir.resolve(name));
    }
  }

  /** header, row_count, preamble_lines, preamble, comment_lines, summary_rows, footer_lines, rejected_rows. */
  private List<Object> structure(String table) throws Exception {
    return Db.rows(dir, "select header, row_count, preamble_lines, preamble, comment_lines, summary_rows,"
        + " footer_lines, rejected_rows from sys.sources where table_name = '" + table + "'").get(0);
  }

  private List<List<Object>> skipped(String table) throws Exception {
    return Db.rows(dir, "select line, kind, content from sys.skipped_lines where table_name = '" + table
        + "' order by line");
  }

  @Test void googleAdsTitleAndDateRangeAboveTheHeaderTotalRowsBelow() throws Exception {
    export("google_ads_campaigns.csv");
    assertEquals(Db.row(true, 5L, 2L, "Campaign report", 0L, 4L, 0L, 0), structure("google_ads_campaigns"));
    // the five campaigns: 1032 + 1655 + 288 + 2310 + 97 clicks; "Total Recall - Spring Promo" is a campaign
    assertEquals(List.of(Db.row(5382L, 5L, 1L)), Db.rows(dir, "select sum(\"Clicks\"), count(*),"
        + " count(case when \"Campaign\" like 'Total%' then 1 end) from google_ads_campaigns"));
    assertEquals(List.of(Db.row(1L, "preamble", "Campaign report"),
            Db.row(2L, "preamble", "\"January 1, 2026 - January 31, 2026\""),
            Db.row(9L, "summary row", "Total: Account,--,--,--,--,370,221,5382,1.45%,0.79,4,229.88,180.50"),
            Db.row(10L, "summary row", "Total: Search,--,--,--,--,63,810,2784,4.36%,0.85,2,362.08,101.00"),
            Db.row(11L, "summary row", "Total: Display,--,--,--,--,96,034,288,0.30%,0.55,158.40,6.00"),
            Db.row(12L, "summary row", "Total: Performance Max,--,--,--,--,210,377,2310,1.10%,0.74,1,709.40,73.50")),
        skipped("google_ads_campaigns"));
  }

  @Test void googleAdsCsvForExcelIsTheSameTableInUtf16Tabs() throws Exception {
    export("google_ads_campaigns_excel.csv");
    assertEquals(List.of(Db.row("UTF-16LE (BOM)", "tab", true, 5L, 2L, 4L)), Db.rows(dir, "select encoding,"
        + " delimiter, header, row_count, preamble_lines, summary_rows from sys.sources"));
    assertEquals(List.of(Db.row(5382L, 2784L)), Db.rows(dir, "select sum(\"Clicks\"), sum(case when"
        + " \"Campaign type\" = 'Search' then \"Clicks\" end) from google_ads_campaigns_excel"));
  }

  @Test void microsoftAdsKeyValuePreambleTotalAndCopyrightFooter() throws Exception {
    export("microsoft_ads_campaigns.csv");
    assertEquals(Db.row(true, 4L, 10L, "\"Report Name: Campaign performance - January 2026\"", 0L, 1L, 1L, 0),
        structure("microsoft_ads_campaigns"));
    // 8210 + 23904 + 5112 + 40577 impressions, 645 + 712 + 133 + 301 clicks, 31 + 22 + 4 + 9 conversions
    assertEquals(List.of(Db.row(77803L, 1791L, 66L)), Db.rows(dir, "select sum(\"Impressions\"), sum(\"Clicks\"),"
        + " sum(\"Conversions\") from microsoft_ads_campaigns"));
    List<List<Object>> lines = skipped("microsoft_ads_campaigns");
    assertEquals(List.of(Db.row(16L, "summary row"), Db.row(17L, "footer")),
        lines.subList(9, 11).stream().map(line -> line.subList(0, 2)).toList());
  }

  @Test void metaAdsManagerHasNoPreambleAndNoTotal() throws Exception {
    export("meta_ads_campaigns.csv");
    assertEquals(Db.row(true, 4L, 0L, null, 0L, 0L, 0L, 0), structure("meta_ads_campaigns"));
    // 48210 + 120554 + 15230 + 0 reach, 91877 + 310402 + 28841 + 0 impressions
    assertEquals(List.of(Db.row(183994L, 431120L)), Db.rows(dir, "select sum(\"Reach\"), sum(\"Impressions\")"
        + " from meta_ads_campaigns"));
  }

  @Test void linkedInSixKeyValueLinesAndABlankLine() throws Exception {
    export("linkedin_campaigns.csv");
    assertEquals(Db.row(true, 3L, 7L, "Campaign Performance Report (in UTC)", 0L, 0L, 0L, 0),
        structure("linkedin_campaigns"));
    // 40211 + 28904 + 19850 impressions, 233 + 151 + 88 clicks, 18 + 11 + 0 leads
    assertEquals(List.of(Db.row(88965L, 472L, 29L)), Db.rows(dir, "select sum(\"Impressions\"), sum(\"Clicks\"),"
        + " sum(\"Leads\") from linkedin_campaigns"));
  }

  @Test void tikTokAdsPlainTable() throws Exception {
    export("tiktok_ads_campaigns.csv");
    assertEquals(Db.row(true, 3L, 0L, null, 0L, 0L, 0L, 0), structure("tiktok_ads_campaigns"));
    // 233470 + 171031 + 28038 impressions, 3120 + 1804 + 412 clicks
    assertEquals(List.of(Db.row(432539L, 5336L)), Db.rows(dir, "select sum(\"Impressions\"), sum(\"Clicks\")"
        + " from tiktok_ads_campaigns"));
  }

  @Test void ga4CommentBlockAboveTheHeader() throws Exception {
    export("ga4_pages.csv");
    assertEquals(Db.row(true, 4L, 8L, "# ----------------------------------------", 0L, 0L, 0L, 0),
        structure("ga4_pages"));
    // 48213 + 9127 + 6311 + 4120 views, 121 + 64 + 9 + 311 key events
    assertEquals(List.of(Db.row(67771L, 505L)), Db.rows(dir, "select sum(\"Views\"), sum(\"Key events\")"
        + " from ga4_pages"));
  }

  @Test void searchConsoleQueries() throws Exception {
    export("search_console_queries.csv");
    assertEquals(Db.row(true, 5L, 0L, null, 0L, 0L, 0L, 0), structure("search_console_queries"));
    // 412 + 298 + 1877 + 64 + 19 clicks, 9120 + 15032 + 2530 + 3011 + 8844 impressions
    assertEquals(List.of(Db.row(2670L, 38537L, "shoes \"wide fit\" women")), Db.rows(dir, "select sum(\"Clicks\"),"
        + " sum(\"Impressions\"), max(case when \"Clicks\" = 64 then \"Top queries\" end) from search_console_queries"));
  }

  @Test void youTubeStudioTotalRowFirstUnderTheHeader() throws Exception {
    export("youtube_studio_content.csv");
    assertEquals(Db.row(true, 4L, 0L, null, 0L, 1L, 0L, 0), structure("youtube_studio_content"));
    // 9120 + 7304 + 4210 + 1196 views: the Total row's 21830, counted once; 71 + 59 + 19 - 1 subscribers
    assertEquals(List.of(Db.row(21830L, 148L)), Db.rows(dir, "select sum(\"Views\"), sum(\"Subscribers\")"
        + " from youtube_studio_content"));
    assertEquals(List.of(Db.row(2L, "summary row", "Total,,,,21830,1012.4512,148,402118,4.12")),
        skipped("youtube_studio_content"));
  }

  @Test void mailchimpCampaigns() throws Exception {
    export("mailchimp_campaigns.csv");
    assertEquals(Db.row(true, 3L, 0L, null, 0L, 0L, 0L, 0), structure("mailchimp_campaigns"));
    // 12391 + 12380 + 2998 deliveries, 4411 + 5933 + 901 unique opens
    assertEquals(List.of(Db.row(27769L, 11245L)), Db.rows(dir, "select sum(\"Successful Deliveries\"),"
        + " sum(\"Unique Opens\") from mailchimp_campaigns"));
  }

  @Test void hubSpotContactNamedTotalIsARow() throws Exception {
    export("hubspot_contacts.csv");
    assertEquals(Db.row(true, 4L, 0L, null, 0L, 0L, 0L, 0), structure("hubspot_contacts"));
    // 14 + 3 + 6 + 1 sessions
    assertEquals(List.of(Db.row(24L, 4L)), Db.rows(dir, "select sum(\"Number of Sessions\"), count(*)"
        + " from hubspot_contacts"));
  }

  @Test void frenchExcelSaveWithGrandTotal() throws Exception {
    export("excel_fr_campagnes.csv");
    assertEquals(List.of(Db.row("windows-1252 (not valid UTF-8)", ";", 3L, 1L)), Db.rows(dir, "select encoding,"
        + " delimiter, row_count, summary_rows from sys.sources"));
    // 12500 + 30210 + 88104 impressions, 340 + 512 + 977 clicks
    assertEquals(List.of(Db.row(130814L, 1829L, "Noël – vidéo")), Db.rows(dir, "select sum(\"Impressions\"),"
        + " sum(\"Clics\"), max(case when \"Clics\" = 977 then \"Campagne\" end) from excel_fr_campagnes"));
  }
}
