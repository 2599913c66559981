/**
 * The Step Functions API served over HTTP, AWS's JSON 1.0 protocol: {@link io.github.sfnunit.api.StepFunctionsEndpoint}.
 * Everything else in the package is internal to it.
 *
 * @since 0.1.0
 */
package io.github.sfnunit.api;
