// The test must have failed with sfn-unit's message naming both versions, not with a linkage error.
def log = new File(basedir, 'build.log').text
def message = 'needs JUnit Jupiter 5.9 or later (5.x from 5.9, or 6.x), but this test runs on JUnit Jupiter 5.8.2.'
if (!log.contains(message)) {
    throw new AssertionError('build.log lacks the message: ' + message)
}
if (log.contains('NoSuchMethodError') || log.contains('NoClassDefFoundError')) {
    throw new AssertionError('a linkage error reached the user')
}
return true
