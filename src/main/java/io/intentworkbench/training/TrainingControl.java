package io.intentworkbench.training;

/** Lets another thread pause, resume or cancel a training run between minibatches. */
public final class TrainingControl {
    private boolean paused;
    private volatile boolean cancelled;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Called by the training thread between minibatches: waits while paused, throws once cancelled. */
    synchronized void checkpoint() {
        while (paused && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new TrainingCancelledException();
        }
    }
}
