/**
 * Benchmarks, not tests: they report latency figures next to a baseline measured in the same
 * run (the raw SQL for the same rows), and assert nothing about time. Run with
 * {@code mvn verify -Pbenchmark} (see the README's "Speed" section).
 */
package dev.portico.bench;
