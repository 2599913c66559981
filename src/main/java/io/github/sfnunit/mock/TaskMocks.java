package io.github.sfnunit.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The task mocks of one test: stubs keyed by state name, resource ARN or Lambda function, Step Functions Local
 * mock files, and a fallback handler. It records every call for verification.
 *
 * <pre>{@code
 * TaskMocks mocks = new TaskMocks();
 * mocks.forState("ChargeCard").thenFail("Lambda.TooManyRequestsException", "throttled").thenReturn("{\"id\":1}");
 * mocks.forLambda("notify").thenReturn("{\"sent\":true}");      // wrapped in the lambda:invoke envelope
 * mocks.fallback(myMockitoHandler);                              // anything else
 * ...
 * mocks.verify("ChargeCard", 2);
 * }</pre>
 *
 * <p>A call is answered by the first of: state stubs, Lambda stubs, resource stubs (each newest first, whose
 * condition accepts the call), loaded mock-file test cases (in load order), a real request for HTTP Tasks whose
 * endpoint {@link #allowHttp(String) is allowed}, the fallback. Nothing answers: {@link
 * UnmockedTaskException} naming the state, the resource and the stubs that exist, closest first.
 *
 * <p>Thread-safe for one execution at a time; no static state.
 *
 * @since 0.1.0
 */
public final class TaskMocks implements TaskHandler {

    /** The kinds of stub in the order they answer ({@code values()} would copy the array for every call). */
    private static final StubKey.Kind[] KINDS = StubKey.Kind.values();

    /** Parses and converts stub values: the shared default (see {@link JsonTexts}) or the user's mapper. */
    private final JsonTexts json;

    private final List<TaskStub> stubs = new ArrayList<>();
    private final List<MockConfigTestCase> mockFiles = new ArrayList<>();
    private final List<MockCall> calls = new ArrayList<>();
    private final HttpTasks http = new HttpTasks();
    private TaskHandler fallback;

    /** What {@link MockCall#answeredBy()} says for a call no stub answered: a Map's ResultWriter writes. */
    static final String WRITTEN_BY_SFN_UNIT = "ResultWriter (kept by sfn-unit, not mocked)";

    public TaskMocks() {
        // One mapper for every TaskMocks made without one, never configured, so it holds no state a test could see:
        // building a new mapper was a sixth of a mocked execution's cost (a test makes new mocks per execution).
        this.json = JsonTexts.SHARED;
    }

    /** Mocks that convert {@code thenReturn(Object)} values with this mapper. */
    public TaskMocks(ObjectMapper mapper) {
        this.json = JsonTexts.of(Objects.requireNonNull(mapper, "mapper"));
    }

    /** Mocks answering from one test case of a Step Functions Local mock file; add stubs to override states. */
    public static TaskMocks load(Path mockConfigFile, String stateMachine, String testCase) {
        TaskMocks mocks = new TaskMocks();
        mocks.loadMockConfig(MockConfigFile.load(mockConfigFile), stateMachine, testCase);
        return mocks;
    }

    /** Adds the answers of a mock file's test case (stubs still win over them). */
    public synchronized TaskMocks loadMockConfig(MockConfigFile file, String stateMachine, String testCase) {
        mockFiles.add(file.testCase(stateMachine, testCase));
        return this;
    }

    /** Stubs the Task state with this name (its raw result, as the service integration returns it). */
    public TaskStub forState(String stateName) {
        return register(new StubKey(StubKey.Kind.STATE, stateName));
    }

    /** Stubs every Task whose {@code Resource} is this ARN (its raw result). */
    public TaskStub forResource(String resourceArn) {
        return register(new StubKey(StubKey.Kind.RESOURCE, resourceArn));
    }

    /**
     * Stubs a Lambda function by name or ARN (a qualifier, e.g. {@code name:live}, must match too). Answers are the
     * function's payload: {@code lambda:invoke} tasks get it in AWS's envelope, bare function ARNs get it as is.
     */
    public TaskStub forLambda(String functionNameOrArn) {
        return register(new StubKey(StubKey.Kind.LAMBDA, functionNameOrArn));
    }

    /**
     * Lets HTTP Tasks ({@code arn:aws:states:::http:invoke}) whose {@code ApiEndpoint} starts with {@code baseUrl}
     * (e.g. {@code "http://localhost:8089"}, or with a path) send their request for real. By default no request
     * leaves the machine: an HTTP Task that no stub, mock file or allowed endpoint answers fails the test naming its
     * endpoint. Stubs and mock files for the state still win.
     */
    public synchronized TaskMocks allowHttp(String baseUrl) {
        http.allow(baseUrl);
        return this;
    }

    /** Answers what no stub or mock file answers, e.g. a Mockito mock of {@link TaskHandler}. */
    public synchronized TaskMocks fallback(TaskHandler handler) {
        this.fallback = Objects.requireNonNull(handler, "handler");
        return this;
    }

    @Override
    public synchronized TaskOutcome invoke(TaskInvocation invocation) {
        TaskStub stub = find(invocation);
        if (stub != null) {
            return recorded(invocation, stub.describe(), stub.answer(invocation));
        }
        for (MockConfigTestCase file : mockFiles) {
            if (file.handles(invocation)) {
                return recorded(invocation, file.describe(), file.invoke(invocation));
            }
        }
        if (HttpTasks.isHttpTask(invocation) && http.allows(invocation)) {
            return recorded(invocation, "allowHttp", http.call(invocation));
        }
        if (fallback != null) {
            return recorded(invocation, "fallback", fallback.invoke(invocation));
        }
        if (HttpTasks.isHttpTask(invocation)) {
            throw new UnmockedTaskException(HttpTasks.notAllowed(invocation, http.allowed()));
        }
        throw new UnmockedTaskException(
                ShouldBeMocked.shouldBeMocked(invocation, List.copyOf(stubs), List.copyOf(mockFiles)));
    }

    /** Records a call that needs no answer (a distributed Map's ResultWriter), answered by no stub. */
    @Override
    public synchronized void observe(TaskInvocation invocation) {
        calls.add(new MockCall(
                invocation, WRITTEN_BY_SFN_UNIT, new TaskOutcome.Succeeded(JsonNodeFactory.instance.objectNode())));
    }

    /** Every call answered so far, in order. */
    public synchronized List<MockCall> calls() {
        return List.copyOf(calls);
    }

    /** Every task invocation answered so far, in order. */
    public synchronized List<TaskInvocation> invocations() {
        return calls.stream().map(MockCall::invocation).toList();
    }

    /** The invocations of one Task state, in order (retries and Map iterations included). */
    public synchronized List<TaskInvocation> invocations(String stateName) {
        return calls.stream()
                .map(MockCall::invocation)
                .filter(invocation -> invocation.stateName().equals(stateName))
                .toList();
    }

    /**
     * Checks that a Task state was called exactly {@code times} times.
     *
     * @throws AssertionError listing the calls there were
     */
    public synchronized void verify(String stateName, int times) {
        List<TaskInvocation> ofState = invocations(stateName);
        if (ofState.size() != times) {
            throw new AssertionError(ShouldHaveBeenCalled.shouldHaveBeenCalled(stateName, times, ofState, calls));
        }
    }

    /** Checks that a Task state was never called. */
    public void verifyNeverCalled(String stateName) {
        verify(stateName, 0);
    }

    /** The stubs that answered no call, with the line that registered each (for strict mocks). */
    public synchronized List<UnusedStub> unusedStubs() {
        // Every execution's snapshot asks (Execution.unusedStubs): a loop, and nothing built when all were used.
        List<UnusedStub> unused = null;
        for (TaskStub stub : stubs) {
            if (stub.calls() == 0) {
                if (unused == null) {
                    unused = new ArrayList<>();
                }
                unused.add(new UnusedStub(stub.describe(), stub.registeredAt()));
            }
        }
        return unused == null ? List.of() : List.copyOf(unused);
    }

    /** A readable summary for failure messages: calls per state and what answered them, and unused stubs. */
    public synchronized String summary() {
        return MockReport.summary(calls, unusedStubs());
    }

    private TaskStub register(StubKey key) {
        TaskStub stub = new TaskStub(key, RegistrationSite.here(), json, this);
        synchronized (this) {
            stubs.add(stub);
        }
        return stub;
    }

    private TaskStub find(TaskInvocation invocation) {
        for (StubKey.Kind kind : KINDS) {
            for (int i = stubs.size() - 1; i >= 0; i--) {
                TaskStub stub = stubs.get(i);
                if (stub.key().kind() == kind && stub.accepts(invocation)) {
                    return stub;
                }
            }
        }
        return null;
    }

    private TaskOutcome recorded(TaskInvocation invocation, String answeredBy, TaskOutcome outcome) {
        calls.add(new MockCall(invocation, answeredBy, outcome));
        return outcome;
    }
}
