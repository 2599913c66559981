package io.github.sfnunit.mock;

/**
 * One task call {@link TaskMocks} answered.
 *
 * @param answeredBy what answered: a stub as written ({@code forState("ChargeCard")}), {@code MockConfigFile
 *     test case 'HappyPath'}, or {@code fallback}
 * @since 0.1.0
 */
public record MockCall(TaskInvocation invocation, String answeredBy, TaskOutcome outcome) {}
