/**
 * Internal: the interpreter. A definition is compiled once into an {@link ExecutionPlan}; each execution runs
 * on a discrete-event {@link Scheduler} over virtual time, as a tree of {@link Fiber}s, single-threaded and
 * deterministic. Not public API.
 */
package io.github.sfnunit.internal.engine;
