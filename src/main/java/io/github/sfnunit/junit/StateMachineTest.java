package io.github.sfnunit.junit;

import io.github.sfnunit.asl.StateMachineType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests run a state machine: the definition is loaded, validated and compiled once per
 * class, and each test gets its own {@link io.github.sfnunit.StateMachine}, {@link io.github.sfnunit.mock.TaskMocks}
 * and {@link io.github.sfnunit.VirtualClock} as method parameters. The clock is the test's: its executions begin
 * at its current time and it follows them, so executions started one after another follow each other in virtual
 * time, and {@code clock.advanceBy(...)} moves the test's running executions and the start of the next ones.
 *
 * <pre>{@code
 * @StateMachineTest(definition = "order-flow.asl.json")
 * class OrderFlowTest {
 *     @Test
 *     void ordersAreCharged(StateMachine orderFlow, TaskMocks mocks) {
 *         mocks.forState("ChargeCard").thenReturn("{\"chargeId\":\"ch-1\"}");
 *         assertThat(orderFlow.start("{\"orderId\":\"o-1\"}")).succeeded();
 *     }
 * }
 * }</pre>
 *
 * The machine's {@link #name()} and {@link #type()} belong to this definition: {@code @StateMachineTest(definition =
 * "order-flow.asl.json", name = "order-flow", type = StateMachineType.EXPRESS)}.
 *
 * <p>A method-level {@link Definition} replaces the class's definition (and its name and type) for that test; a
 * {@link Definition} on a
 * {@code StateMachine} parameter injects another machine. For what the annotation cannot say (execution limits,
 * history off, ...), register {@link StateMachineExtension#builder()} with {@code @RegisterExtension} instead.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StateMachineExtension.class)
public @interface StateMachineTest {

    /**
     * The definition as a classpath resource: an ASL file in JSON or YAML, or a SAM / CloudFormation / CDK
     * template holding the state machine. Empty when each test names its own with {@link Definition}.
     */
    String definition() default "";

    /** The definition as a file path, relative to the working directory (the module's directory under Maven). */
    String definitionFile() default "";

    /** The state machine's logical id in a template that holds more than one. */
    String logicalId() default "";

    /** Values for {@code ${name}} placeholders, each as {@code "name=value"}; they win over a template's own. */
    String[] substitutions() default {};

    /**
     * The state machine's name, in {@code $$.StateMachine.Name}, {@code $$.StateMachine.Id} and every execution ARN
     * ({@code arn:aws:states:us-east-1:123456789012:execution:NAME:...}). Empty (the default) keeps the
     * definition's own: a template's {@code StateMachineName} (SAM: {@code Name}), else its logical id; a bare
     * definition's machine is named {@code StateMachine}. AWS's name rules apply (1 to 80 characters, no white
     * space, no {@code :} or {@code /}, ...).
     *
     * @since 0.1.0
     */
    String name() default "";

    /**
     * The state machine's type, as one value: {@code type = StateMachineType.EXPRESS}. Empty (the default) keeps
     * the definition's own: a template's {@code StateMachineType} (SAM: {@code Type}), else {@code STANDARD}. An
     * Express machine is validated as AWS validates one (no activities, {@code .sync} or {@code
     * .waitForTaskToken}), its executions have {@code ...:express:NAME:EXECUTION:ID} ARNs and no {@code
     * $$.Execution.RedriveCount}, and they time out with {@code States.Timeout} after 5 virtual minutes.
     *
     * @since 0.1.0
     */
    StateMachineType[] type() default {};

    /** Whether a test that otherwise passed fails when a stub answered no call. */
    boolean strictMocks() default true;

    /**
     * Seeds retry jitter, {@code States.UUID}, {@code States.MathRandom}, task tokens and generated names: the same
     * value as {@link io.github.sfnunit.ExecutionOptions#seed()}.
     */
    long seed() default 0;

    /**
     * The former name of {@link #seed()}, kept as an alias.
     *
     * @deprecated use {@link #seed()}; setting both to different values is an error
     */
    @Deprecated
    long jitterSeed() default 0;

    /**
     * The virtual instant each test's clock starts at, and so its first execution, in ISO-8601 ({@code
     * "2025-03-01T09:00:00Z"}). Empty means {@link io.github.sfnunit.VirtualClock#DEFAULT_START}; never the wall
     * clock.
     */
    String startTime() default "";
}
