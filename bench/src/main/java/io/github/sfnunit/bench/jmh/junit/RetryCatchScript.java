package io.github.sfnunit.bench.jmh.junit;

import io.github.sfnunit.mock.TaskMocks;

/** The mocks and input of workload (c), as both benchmark test classes stub them. */
final class RetryCatchScript {

    static final String INPUT = "{\"orderId\":\"o-2002\",\"amount\":42.5}";

    private RetryCatchScript() {}

    static void stub(TaskMocks mocks) {
        mocks.forState("Charge")
                .thenFail("Lambda.TooManyRequestsException", "Rate exceeded.")
                .thenFail("Lambda.TooManyRequestsException", "Rate exceeded.")
                .thenReturn("{\"chargeId\":\"ch-1\",\"status\":\"captured\"}");
        mocks.forState("Ship").thenFail("Shipping.Unavailable", "no courier serves this address");
    }
}
