package org.gatelab.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingState;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A whole lecture in one JVM: hundreds of cycles of changing the cell, training briefly on a real worker
 * thread, scrubbing the timeline and resetting. The heap after a full collection may not grow beyond a
 * stated bound, and no thread may be left behind. Outside the default build: {@code mvn -B -Psoak verify}
 * ({@code -Dsoak.cycles=N}, default 500). The figures go to {@code target/soak.txt} for RELIABILITY.md.
 */
@Tag("soak")
class LongSessionSoakTest {
    /** Most the live heap may grow over the whole run, after warm-up. */
    static final long HEAP_GROWTH_BOUND_MB = 24;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES) // longer than the 5 minutes of an ordinary test: -Dsoak.cycles
    void hundredsOfCyclesLeakNeitherMemoryNorThreads() throws Exception {
        int cycles = Integer.getInteger("soak.cycles", 500);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "soak-training");
            t.setDaemon(true);
            return t;
        });
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        TrainingLabViewModel lab = new TrainingLabViewModel(session, TaskRunner.direct(), worker);
        lab.selectTask(TaskKind.ADDING);
        lab.setTaskValue(TaskSetting.ADDING_LENGTH, "20");
        lab.setTaskValue(TaskSetting.ADDING_TRAIN, "256");
        lab.setTaskValue(TaskSetting.ADDING_VALIDATION, "16");
        lab.setTrainingValue(TrainingSetting.HIDDEN, "8");
        lab.setTrainingValue(TrainingSetting.BATCH_SIZE, "16");
        lab.setTrainingValue(TrainingSetting.EPOCHS, "1");

        int warmup = Math.min(20, cycles / 5);
        long heapStart = 0;
        Set<String> threadsStart = Set.of();
        long started = System.nanoTime();
        for (int cycle = 0; cycle < cycles; cycle++) {
            if (cycle == warmup) {
                heapStart = liveHeapMb();
                threadsStart = threadNames();
            }
            CellKind cell = CellKind.values()[cycle % 3];
            session.setCell(cell);
            session.setHiddenSize(4 + cycle % 13);
            lab.setCell(cell);
            lab.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (lab.state() != TrainingState.COMPLETED && lab.state() != TrainingState.DIVERGED) {
                lab.drain();
                assertTrue(System.nanoTime() < deadline, "training of cycle " + cycle + " did not end: "
                        + lab.state());
                Thread.sleep(2);
            }
            if (cycle % 4 == 0) {
                lab.inspect();
            }
            for (int t = 0; t < session.timeline().length(); t += 3) {
                session.timeline().setStep(t);
            }
            session.timeline().toEnd();
            lab.reset();
            session.rewind();
        }
        long heapEnd = liveHeapMb();
        Set<String> threadsEnd = threadNames();
        double seconds = (System.nanoTime() - started) / 1e9;
        lab.dispose();

        String report = String.format(Locale.ROOT, "soak: %d cycles in %.0f s; live heap after warm-up %d MB, "
                + "at the end %d MB (bound +%d MB); threads after warm-up %d, at the end %d%n", cycles, seconds,
                heapStart, heapEnd, HEAP_GROWTH_BOUND_MB, threadsStart.size(), threadsEnd.size());
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "soak.txt"), report);
        assertTrue(heapEnd - heapStart <= HEAP_GROWTH_BOUND_MB, report);
        assertEquals(threadsStart, threadsEnd, "no thread left behind");
    }

    private static long liveHeapMb() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> !n.startsWith("ForkJoinPool") && !n.equals("Attach Listener"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
