/**
 * The Amazon States Language model: an immutable, validated view of a state machine definition, its parser,
 * validator and loaders (JSON, YAML, SAM/CloudFormation/CDK templates).
 */
package io.github.sfnunit.asl;
