package io.intentworkbench.ui.common;

import javafx.animation.AnimationTimer;

/** Work on the FX thread spread over animation pulses. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs the steps on the FX thread one per animation pulse, the first in the next pulse. Each
     * step's layout and painting then land in a frame of their own, rather than in one long frame
     * that stalls the window.
     */
    public static void inTurn(Runnable... steps) {
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                Runnable step = steps[next++];
                if (next == steps.length) {
                    stop();
                }
                step.run();
            }
        }.start();
    }
}
