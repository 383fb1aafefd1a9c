/**
 * Reads forum dumps in Apache Spark: the data source {@link dev.threadkit.spark.ThreadkitDataSource}
 * ({@code spark.read().format("threadkit")}) and, for rows Spark's {@code binaryFile} source
 * already holds, {@link dev.threadkit.spark.ThreadkitSpark#parse}.
 */
package dev.threadkit.spark;
