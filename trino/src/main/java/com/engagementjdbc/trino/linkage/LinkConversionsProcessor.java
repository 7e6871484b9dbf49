package com.engagementjdbc.trino.linkage;

import static io.trino.spi.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.trino.spi.type.DoubleType.DOUBLE;
import static io.trino.spi.type.IntegerType.INTEGER;
import static io.trino.spi.type.TimestampType.TIMESTAMP_MILLIS;
import static io.trino.spi.type.VarcharType.VARCHAR;

import com.engagementjdbc.functions.ConversionLinkage;
import com.engagementjdbc.functions.ConversionLinkage.ConversionEvent;
import com.engagementjdbc.functions.ConversionLinkage.Credit;
import com.engagementjdbc.functions.ConversionLinkage.Touch;
import io.trino.spi.Page;
import io.trino.spi.PageBuilder;
import io.trino.spi.TrinoException;
import io.trino.spi.block.Block;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.function.table.TableFunctionDataProcessor;
import io.trino.spi.function.table.TableFunctionProcessorState;
import io.trino.spi.function.table.TableFunctionProcessorState.Finished;
import io.trino.spi.function.table.TableFunctionProcessorState.Processed;
import io.trino.spi.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One partition: the touches and conversions of one contact, gathered as Trino hands them over, then linked by
 * {@link ConversionLinkage} and written out a page at a time.
 */
final class LinkConversionsProcessor implements TableFunctionDataProcessor {
  /** The only contact of a partition, as the linkage sees it: every touch and conversion is of the same one. */
  private static final Object CONTACT = Boolean.TRUE;

  private final LinkConversionsHandle handle;
  private final List<Touch> touches = new ArrayList<>();
  private final List<ConversionEvent> conversions = new ArrayList<>();
  /** Where each conversion's id and contact are: the id is copied out with its own type. */
  private final List<ConversionRow> conversionRows = new ArrayList<>();
  /** The contact of the touches (NULL for the touches of no contact), once a touch is seen. */
  private boolean touchSeen;
  private Object touchContact;
  private List<Credit> credits;
  private int nextCredit;
  private final PageBuilder pageBuilder;

  private record ConversionRow(Block ids, Block contacts, int position) {
  }

  LinkConversionsProcessor(LinkConversionsHandle handle) {
    this.handle = handle;
    this.pageBuilder = new PageBuilder(handle.outputTypes());
  }

  @Override public TableFunctionProcessorState process(List<Optional<Page>> input) {
    if (input != null) {
      input.get(0).ifPresent(this::addTouches);
      input.get(1).ifPresent(this::addConversions);
      return Processed.usedInput();
    }
    if (credits == null) {
      credits = ConversionLinkage.link(touches, conversions, handle.attributionModel(), handle.getLookbackDays(),
          handle.getHalfLifeDays());
      touches.clear();
    }
    if (nextCredit == credits.size()) {
      return Finished.FINISHED;
    }
    pageBuilder.reset();
    while (nextCredit < credits.size() && !pageBuilder.isFull()) {
      write(credits.get(nextCredit++));
    }
    return Processed.produced(pageBuilder.build());
  }

  /** Columns: contact, ts, channel. Touches without a time, or of a NULL contact, link nothing, as in the driver. */
  private void addTouches(Page page) {
    Block contacts = page.getBlock(0);
    Block times = page.getBlock(1);
    Block channels = page.getBlock(2);
    for (int row = 0; row < page.getPositionCount(); row++) {
      if (!touchSeen) {
        touchSeen = true;
        touchContact = contactValue(handle.getTouchContactType(), contacts, row);
        checkSameContact();
      }
      if (!contacts.isNull(row) && !times.isNull(row)) {
        touches.add(new Touch(CONTACT, TimeReader.millis(handle.getTouchTimeType(), times, row),
            channels.isNull(row) ? null : VARCHAR.getSlice(channels, row).toStringUtf8()));
      }
    }
  }

  /** Columns: conversion_id, contact, ts, value. */
  private void addConversions(Page page) {
    Block ids = page.getBlock(0);
    Block contacts = page.getBlock(1);
    Block times = page.getBlock(2);
    Block values = page.getBlock(3);
    for (int row = 0; row < page.getPositionCount(); row++) {
      if (times.isNull(row)) {
        throw new TrinoException(INVALID_FUNCTION_ARGUMENT, LinkConversionsFunction.NAME + ": conversion "
            + handle.getConversionIdType().getObjectValue(ids, row) + " has no ts, so it cannot be linked");
      }
      conversions.add(new ConversionEvent(conversions.size(), contacts.isNull(row) ? null : CONTACT,
          TimeReader.millis(handle.getConversionTimeType(), times, row),
          NumberReader.value(handle.getValueType(), values, row)));
      conversionRows.add(new ConversionRow(ids, contacts, row));
    }
    checkSameContact();
  }

  /**
   * Without COPARTITION, Trino pairs every partition of the touches with every partition of the conversions: when
   * those pairs reach the function at all (Trino gathers them first, and usually stops at its memory limit), the
   * first pair of two contacts stops the query.
   */
  private void checkSameContact() {
    if (!touchSeen || conversionRows.isEmpty()) {
      return;
    }
    ConversionRow first = conversionRows.get(0);
    Object conversionContact = contactValue(handle.getContactType(), first.contacts(), first.position());
    if (!Objects.equals(touchContact, conversionContact)) {
      throw new TrinoException(INVALID_FUNCTION_ARGUMENT, LinkConversionsFunction.NAME + ": touches of contact "
          + touchContact + " came with conversions of contact " + conversionContact + ": the two tables are"
          + " not co-partitioned; end the call with COPARTITION (touches, conversions), naming the two tables as"
          + " they are written in the call");
    }
  }

  /** A contact id comparable across the two tables: whole numbers of any width as a long. */
  private static Object contactValue(Type type, Block block, int position) {
    Object value = block.isNull(position) ? null : type.getObjectValue(block, position);
    return value instanceof Number number && !(value instanceof Double || value instanceof Float)
        ? (Object) number.longValue() : value;
  }

  private void write(Credit credit) {
    pageBuilder.declarePosition();
    ConversionRow conversion = conversionRows.get((Integer) credit.conversionId());
    copy(conversion.ids(), conversion.position(), pageBuilder.getBlockBuilder(0));
    TIMESTAMP_MILLIS.writeLong(pageBuilder.getBlockBuilder(1), credit.convertedAt() * 1000);
    writeDouble(credit.conversionValue(), pageBuilder.getBlockBuilder(2));
    BlockBuilder touchedAt = pageBuilder.getBlockBuilder(3);
    if (credit.touchedAt() == null) {
      touchedAt.appendNull();
    } else {
      TIMESTAMP_MILLIS.writeLong(touchedAt, credit.touchedAt() * 1000);
    }
    BlockBuilder channel = pageBuilder.getBlockBuilder(4);
    if (credit.channel() == null) {
      channel.appendNull();
    } else {
      VARCHAR.writeString(channel, credit.channel());
    }
    BlockBuilder position = pageBuilder.getBlockBuilder(5);
    if (credit.position() == null) {
      position.appendNull();
    } else {
      INTEGER.writeLong(position, credit.position());
    }
    INTEGER.writeLong(pageBuilder.getBlockBuilder(6), credit.pathLength());
    writeDouble(credit.daysBefore(), pageBuilder.getBlockBuilder(7));
    DOUBLE.writeDouble(pageBuilder.getBlockBuilder(8), credit.credit());
    writeDouble(credit.creditedValue(), pageBuilder.getBlockBuilder(9));
  }

  private static void copy(Block block, int position, BlockBuilder out) {
    if (block.isNull(position)) {
      out.appendNull();
    } else {
      out.append(block.getUnderlyingValueBlock(), block.getUnderlyingValuePosition(position));
    }
  }

  private static void writeDouble(Double value, BlockBuilder out) {
    if (value == null) {
      out.appendNull();
    } else {
      DOUBLE.writeDouble(out, value);
    }
  }
}
