package io.intentworkbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs all background work of the window: a javafx Task on a small pool of named daemon threads,
 * with success, failure and finally handlers that run on the FX thread.
 */
public final class Background {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "workbench-" + COUNT.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private Background() {
    }

    /** Work that reports progress through the Task it runs in. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a piece of work may tell the window while it runs. */
    public interface Progress {
        void update(double done, double total, String message);

        boolean isCancelled();
    }

    /**
     * Starts the work; exactly one of onSuccess and onFailure runs, then onFinally, all on the FX thread.
     * The returned task's progress property follows what the work reports.
     */
    public static <T> Task<T> start(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                    Runnable onFinally) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(name);
                return work.run(new Progress() {
                    @Override
                    public void update(double done, double total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> {
            try {
                onSuccess.accept(task.getValue());
            } finally {
                onFinally.run();
            }
        });
        task.setOnFailed(e -> {
            try {
                onFailure.accept(task.getException());
            } finally {
                onFinally.run();
            }
        });
        task.setOnCancelled(e -> onFinally.run());
        POOL.submit(task);
        return task;
    }
}
