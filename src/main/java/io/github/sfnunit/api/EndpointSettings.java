package io.github.sfnunit.api;

import io.github.sfnunit.mock.MockConfigFile;
import java.net.URI;
import java.time.Duration;

/** What a {@link StepFunctionsEndpoint.Builder} configured, fixed for the endpoint's life. */
record EndpointSettings(
        String host,
        int port,
        String region,
        String accountId,
        StepFunctionsEndpoint.TimeMode timeMode,
        double virtualSecondsPerSecond,
        int retainedExecutions,
        Duration activityPollTimeout,
        MockConfigFile mockConfig,
        URI lambdaEndpoint,
        long seed) {}
