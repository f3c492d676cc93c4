/**
 * A seeded generator of synthetic talent graphs, for benchmarks and tests at any size. A tool, not a library: it lives
 * in the bench module so that no jar an application depends on carries it.
 */
package io.talentgraph.bench.synthetic;
