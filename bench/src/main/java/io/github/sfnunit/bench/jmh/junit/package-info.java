/**
 * Two JUnit test classes that do the same work, one through {@code @StateMachineTest} and one by hand, which
 * {@link io.github.sfnunit.bench.jmh.JunitExtensionBenchmarks} runs through the JUnit Platform launcher to price
 * the extension's per-test overhead. Not tests of the project: nothing runs them but that benchmark.
 */
package io.github.sfnunit.bench.jmh.junit;
