/** How the data source lists, packs, reads and lays out dumps; not an API. */
package dev.threadkit.spark.internal;
