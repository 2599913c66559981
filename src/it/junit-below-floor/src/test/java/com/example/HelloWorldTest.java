package com.example;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;

import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import org.junit.jupiter.api.Test;

@StateMachineTest(definition = "hello-world.asl.json")
class HelloWorldTest {

    @Test
    void greets(StateMachine hello) {
        assertThat(hello.start("{\"name\":\"Ada\",\"patient\":false}")).succeeded();
    }
}
