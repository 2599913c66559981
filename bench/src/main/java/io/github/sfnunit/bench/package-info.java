/**
 * Benchmarks of sfn-unit: JMH benchmarks of the hot layers and the side-by-side runner that times the shared
 * workloads (bench/workloads) and compares them with aws-local-stepfunctions. Not part of the library.
 */
package io.github.sfnunit.bench;
