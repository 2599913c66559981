// Runs after the invocations of sample-tests/invoker.properties (each must already have passed): checks that they
// ran on the versions the compatibility matrix names and that no run printed an SLF4J warning.
def log = new File(basedir, 'build.log').text

def expect = { String text, String why ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log lacks \"" + text + "\": " + why)
    }
}
// Run 1: what sfn-unit brings by default, JUnit 5.14.4.
expect('org.junit.jupiter:junit-jupiter-api:jar:5.14.4:test', 'run 1 uses the newest JUnit 5')
expect('com.jayway.jsonpath:json-path:jar:3.0.0:test', 'run 1 uses the json-path sfn-unit brings')
// Run 2: the oldest versions supported.
expect('org.junit.jupiter:junit-jupiter-api:jar:5.9.0:test', 'run 2 uses JUnit Jupiter 5.9.0')
expect('com.fasterxml.jackson.core:jackson-databind:jar:2.19.0:test', 'run 2 uses Jackson 2.19.0')
expect('com.jayway.jsonpath:json-path:jar:2.9.0:test', 'run 2 uses json-path 2.9.0')
expect('org.assertj:assertj-core:jar:3.24.2:test', 'run 2 uses AssertJ 3.24.2')
// Run 3: JUnit 6 on the newest JDK.
expect('org.junit.jupiter:junit-jupiter-api:jar:6.1.3:test', 'run 3 uses JUnit 6')
// Run 3 ran last, so the surefire reports are its own: the tests ran on the newest JDK.
def report = new File(basedir, 'target/surefire-reports').listFiles().find { it.name.startsWith('TEST-') }
def javaVersion = (report.text =~ /name="java.version" value="([^"]+)"/)[0][1]
if (!javaVersion.startsWith('25')) {
    throw new AssertionError('run 3 ran its tests on Java ' + javaVersion + ', not on JDK 25')
}

// The user's test classpath gets no CLI-only library, and nothing prints SLF4J's warnings.
if (log.contains('info.picocli')) {
    throw new AssertionError('picocli reached the test classpath of a project that depends on sfn-unit')
}
if (log.contains('SLF4J')) {
    throw new AssertionError('a sample-tests run printed an SLF4J message')
}

// The coverage report of the last run (issue #13): coverage-check.groovy.
evaluate(new File(basedir, 'coverage-check.groovy'))
return true
