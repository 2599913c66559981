/**
 * JMH benchmarks of the layers an execution goes through: compiling a definition, a state transition, payload
 * templates, JSONPath, JSONata, ResultPath, history recording, and the JUnit extension. Run with bench/jmh.sh.
 */
package io.github.sfnunit.bench.jmh;
