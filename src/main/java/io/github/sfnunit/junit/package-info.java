/**
 * The JUnit Jupiter extension: {@link io.github.sfnunit.junit.StateMachineTest} on a test class (or {@link
 * io.github.sfnunit.junit.StateMachineExtension#builder()} with {@code @RegisterExtension}) injects {@link
 * io.github.sfnunit.StateMachine} and {@link io.github.sfnunit.mock.TaskMocks} into tests. Works with JUnit
 * Jupiter 5.x and 6.x.
 *
 * @since 0.1.0
 */
package io.github.sfnunit.junit;
