package io.github.sfnunit.mock;

/**
 * A stub that answered no call: with strict mocks a test that otherwise passed fails on it.
 *
 * @param stub the stub as written, e.g. {@code forState("Refund")} or {@code forState("Charge").when(..)}
 * @param registeredAt where the test registered it, e.g. {@code OrderFlowTest.java:42}
 * @since 0.1.0
 */
public record UnusedStub(String stub, String registeredAt) {

    @Override
    public String toString() {
        return stub + " registered at " + registeredAt;
    }
}
