package io.github.sfnunit.junit;

import io.github.sfnunit.asl.StateMachineType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state machine definition for one test or one parameter. On a test method it replaces the class's {@link
 * StateMachineTest#definition()}; on a {@link io.github.sfnunit.StateMachine} parameter it injects another machine,
 * for example the child that a {@code states:startExecution.sync} task starts:
 *
 * <pre>{@code
 * @Test
 * void parentRunsChild(StateMachine parent, @Definition("child.asl.json") StateMachine child, TaskMocks mocks) {
 *     mocks.forState("RunChild").thenAnswer(call -> child.start(call.input()).output());
 *     assertThat(parent.start("{}")).succeeded();
 * }
 * }</pre>
 *
 * The injected machine runs on the test's {@link io.github.sfnunit.mock.TaskMocks} and virtual clock, like the
 * class's machine: a stub set with {@code mocks.forState(...)} answers the states of both. Give it a name or a
 * type of its own with {@link #name()} and {@link #type()}, e.g. {@code @Definition(value = "child.asl.json", name
 * = "child", type = StateMachineType.EXPRESS)}.
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Definition {

    /** The definition as a classpath resource (ASL JSON/YAML or a template); see {@link StateMachineTest#definition()}. */
    String value() default "";

    /** The definition as a file path, relative to the working directory. */
    String file() default "";

    /** The state machine's logical id in a template that holds more than one. */
    String logicalId() default "";

    /** Values for {@code ${name}} placeholders, each as {@code "name=value"}. */
    String[] substitutions() default {};

    /**
     * The state machine's name, in {@code $$.StateMachine} and its execution ARNs; empty keeps the definition's own
     * (see {@link StateMachineTest#name()}).
     *
     * @since 0.1.0
     */
    String name() default "";

    /**
     * The state machine's type, as one value ({@code type = StateMachineType.EXPRESS}); empty keeps the definition's
     * own (see {@link StateMachineTest#type()}).
     *
     * @since 0.1.0
     */
    StateMachineType[] type() default {};
}
