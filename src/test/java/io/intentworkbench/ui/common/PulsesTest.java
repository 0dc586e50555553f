package io.intentworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class PulsesTest {
    @Test
    void stepsRunOnePerPulseStartingAfterThePulseThatAskedEvenFromAKeyFrame() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicInteger pulse = new AtomicInteger();
        int[] seen = new int[3];
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            AnimationTimer counter = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse.incrementAndGet();
                }
            };
            counter.start();
            Timeline once = new Timeline(new KeyFrame(Duration.millis(50), e -> {
                seen[0] = pulse.get();
                Pulses.inTurn(() -> seen[1] = pulse.get(), () -> {
                    seen[2] = pulse.get();
                    counter.stop();
                    done.complete(null);
                });
            }));
            once.play();
            Pulses.inTurn();
        });
        done.get(10, TimeUnit.SECONDS);
        // The counter counts each pulse before the steps run in it; in the key frame's own pulse it has
        // not counted yet, so a step in that pulse would see one more, in the next pulse two more.
        assertThat(seen[1] - seen[0]).isGreaterThanOrEqualTo(2);
        assertThat(seen[2]).isEqualTo(seen[1] + 1);
    }
}
