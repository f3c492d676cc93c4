/** A seeded generator of synthetic talent graphs, for benchmarks and tests at any size. */
package io.talentgraph.bulk.synthetic;
