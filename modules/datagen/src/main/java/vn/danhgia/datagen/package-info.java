/**
 * Deterministic datasets: {@code demo} (a 2023 district shaped like Long Biên) and, later,
 * city-scale data for benchmarks. Writes straight into the application's tables with JDBC.
 */
package vn.danhgia.datagen;
