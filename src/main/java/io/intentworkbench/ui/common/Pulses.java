package io.intentworkbench.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Work on the FX thread spread over animation pulses. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs the steps on the FX thread one per animation pulse, the first in the next pulse. Each
     * step's layout and painting then land in a frame of their own, rather than in one long frame
     * that stalls the window. Call it on the FX thread.
     *
     * <p>The timer is started from an event of its own: a timer started by a Timeline's key frame
     * would run in that same pulse (JavaFX takes its list of timers after the key frames).
     */
    public static void inTurn(Runnable... steps) {
        if (steps.length == 0) {
            return;
        }
        AnimationTimer timer = new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                Runnable step = steps[next++];
                if (next == steps.length) {
                    stop();
                }
                step.run();
            }
        };
        Platform.runLater(timer::start);
    }
}
