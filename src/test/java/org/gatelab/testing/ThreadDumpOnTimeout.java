package org.gatelab.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test (or a before/after method) fails with JUnit's timeout ({@code junit.jupiter.execution.timeout.default}
 * in junit-platform.properties), prints every thread's stack to standard error before the failure is reported, so a
 * hung test says where it hung. Registered for every test by the service file in META-INF/services (JUnit's
 * extension autodetection).
 */
public final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        dumpIfTimedOut(context, t);
        throw t;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        dumpIfTimedOut(context, t);
        throw t;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        dumpIfTimedOut(context, t);
        throw t;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        dumpIfTimedOut(context, t);
        throw t;
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        dumpIfTimedOut(context, t);
        throw t;
    }

    private static void dumpIfTimedOut(ExtensionContext context, Throwable t) {
        if (t instanceof TimeoutException) {
            System.err.println(dump(context.getDisplayName() + " timed out: " + t.getMessage()));
        }
    }

    /** Every live thread's state and stack, with the locks it holds and waits for. */
    static String dump(String headline) {
        StringBuilder sb = new StringBuilder("==== ").append(headline).append(": thread dump ====\n");
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            sb.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                sb.append(" on ").append(info.getLockName());
            }
            if (info.getLockOwnerName() != null) {
                sb.append(" owned by \"").append(info.getLockOwnerName()).append('"');
            }
            sb.append('\n');
            for (StackTraceElement e : info.getStackTrace()) {
                sb.append("    at ").append(e).append('\n');
            }
            sb.append('\n');
        }
        return sb.append("==== end of thread dump ====").toString();
    }
}
