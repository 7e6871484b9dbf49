package com.engagementjdbc.trino.linkage;

import static io.trino.spi.type.DoubleType.DOUBLE;
import static io.trino.spi.type.IntegerType.INTEGER;
import static io.trino.spi.type.TimestampType.TIMESTAMP_MILLIS;
import static io.trino.spi.type.VarcharType.VARCHAR;

import com.engagementjdbc.functions.AttributionModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.trino.spi.function.table.ConnectorTableFunctionHandle;
import io.trino.spi.function.table.Descriptor;
import io.trino.spi.type.Type;
import java.util.List;

/**
 * What the coordinator hands every worker for one call, as JSON: the model, the window and the types of the input
 * columns. A bean with a no-argument constructor and setters, not a record nor a class with a {@code @JsonCreator}:
 * the engine's mapper has Jackson's blackbird module, which calls a creator with arguments through a class it
 * defines in the plugin's class loader that refers to blackbird's own classes, which that loader cannot see, so
 * every worker would answer the task with HTTP 500 (and the mapper refuses a private creator).
 */
public final class LinkConversionsHandle implements ConnectorTableFunctionHandle {
  /**
   * The driver's output columns but contact_id: Trino passes each table's partitioning column through, so the
   * conversions' contact is already there as {@code <conversions alias>.contact_id}.
   */
  static final List<String> OUTPUT_NAMES = List.of("conversion_id", "converted_at",
      "conversion_value", "touched_at", "channel", "position", "path_length", "days_before", "credit",
      "credited_value");

  private String model;
  private double lookbackDays;
  private double halfLifeDays;
  private Type touchContactType;
  private Type touchTimeType;
  private Type conversionIdType;
  private Type contactType;
  private Type conversionTimeType;
  private Type valueType;

  /** For Jackson on the workers. */
  public LinkConversionsHandle() {
  }

  static LinkConversionsHandle of(String model, double lookbackDays, double halfLifeDays, Type touchContactType,
      Type touchTimeType, Type conversionIdType, Type contactType, Type conversionTimeType, Type valueType) {
    LinkConversionsHandle handle = new LinkConversionsHandle();
    handle.setModel(model);
    handle.setLookbackDays(lookbackDays);
    handle.setHalfLifeDays(halfLifeDays);
    handle.setTouchContactType(touchContactType);
    handle.setTouchTimeType(touchTimeType);
    handle.setConversionIdType(conversionIdType);
    handle.setContactType(contactType);
    handle.setConversionTimeType(conversionTimeType);
    handle.setValueType(valueType);
    return handle;
  }

  @JsonProperty public String getModel() {
    return model;
  }

  @JsonProperty public void setModel(String model) {
    this.model = model;
  }

  @JsonProperty public double getLookbackDays() {
    return lookbackDays;
  }

  @JsonProperty public void setLookbackDays(double lookbackDays) {
    this.lookbackDays = lookbackDays;
  }

  @JsonProperty public double getHalfLifeDays() {
    return halfLifeDays;
  }

  @JsonProperty public void setHalfLifeDays(double halfLifeDays) {
    this.halfLifeDays = halfLifeDays;
  }

  @JsonProperty public Type getTouchContactType() {
    return touchContactType;
  }

  @JsonProperty public void setTouchContactType(Type touchContactType) {
    this.touchContactType = touchContactType;
  }

  @JsonProperty public Type getTouchTimeType() {
    return touchTimeType;
  }

  @JsonProperty public void setTouchTimeType(Type touchTimeType) {
    this.touchTimeType = touchTimeType;
  }

  @JsonProperty public Type getConversionIdType() {
    return conversionIdType;
  }

  @JsonProperty public void setConversionIdType(Type conversionIdType) {
    this.conversionIdType = conversionIdType;
  }

  @JsonProperty public Type getContactType() {
    return contactType;
  }

  @JsonProperty public void setContactType(Type contactType) {
    this.contactType = contactType;
  }

  @JsonProperty public Type getConversionTimeType() {
    return conversionTimeType;
  }

  @JsonProperty public void setConversionTimeType(Type conversionTimeType) {
    this.conversionTimeType = conversionTimeType;
  }

  @JsonProperty public Type getValueType() {
    return valueType;
  }

  @JsonProperty public void setValueType(Type valueType) {
    this.valueType = valueType;
  }

  AttributionModel attributionModel() {
    return AttributionModel.parse(model);
  }

  /** The types of {@link #OUTPUT_NAMES}; conversion_id keeps the conversions' type. */
  List<Type> outputTypes() {
    return List.of(conversionIdType, TIMESTAMP_MILLIS, DOUBLE, TIMESTAMP_MILLIS, VARCHAR, INTEGER,
        INTEGER, DOUBLE, DOUBLE, DOUBLE);
  }

  Descriptor outputDescriptor() {
    return Descriptor.descriptor(OUTPUT_NAMES, outputTypes());
  }
}
