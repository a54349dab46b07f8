/**
 * Deterministic datasets written straight into the organisation module's tables with JDBC batches:
 * {@link vn.danhgia.datagen.DemoDataset} (a 2023 district shaped like Long Biên, its people and facts, and
 * the July 2025 ward merger as dated changes) and {@link vn.danhgia.datagen.ScaleDataset} (city-scale data
 * for benchmarks). {@link vn.danhgia.datagen.Datagen} is the command line. Same seed, same rows.
 */
package vn.danhgia.datagen;
