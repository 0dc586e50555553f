package io.intentworkbench.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PointRasterTest {
    private static int alpha(int argb) {
        return argb >>> 24;
    }

    @Test
    void aDiscIsSolidInsideClearOutsideAndSoftAtItsEdge() {
        PointRaster raster = new PointRaster(20, 20);
        int teal = PointRaster.argb(Color.web("#21918c"));
        raster.stamp(PointRaster.disc(3), 10, 10, teal);
        assertThat(raster.pixel(10, 10)).isEqualTo(teal);
        assertThat(raster.pixel(0, 0)).isZero();
        assertThat(raster.pixel(10, 16)).isZero();
        // A pixel whose centre lies half a pixel inside the edge is half covered (premultiplied).
        int edge = raster.pixel(13, 10);
        assertThat(alpha(edge)).isBetween(120, 135);
        assertThat(alpha(edge)).isBetween(1, 254);
        assertThat(edge & 0xFF).isLessThanOrEqualTo(alpha(edge));
    }

    @Test
    void aRingLeavesItsMiddleClearAndALaterShapeCoversAnEarlierOne() {
        PointRaster raster = new PointRaster(30, 30);
        int red = PointRaster.argb(Color.web("#cf222e"));
        raster.stamp(PointRaster.ring(4.5, 1.2), 15, 15, red);
        assertThat(raster.pixel(15, 15)).isZero();
        assertThat(alpha(raster.pixel(19, 15))).isGreaterThan(128);
        int blue = PointRaster.argb(Color.BLUE);
        raster.stamp(PointRaster.disc(3), 19.5, 15.5, blue);
        assertThat(raster.pixel(19, 15)).isEqualTo(blue);
    }

    @Test
    void shapesAtTheBorderAreClipped() {
        PointRaster raster = new PointRaster(5, 5);
        raster.stamp(PointRaster.disc(3), 0, 0, PointRaster.argb(Color.BLACK));
        raster.stamp(PointRaster.disc(3), 40, 40, PointRaster.argb(Color.BLACK));
        raster.stamp(PointRaster.disc(3), -2, 3, PointRaster.argb(Color.BLACK));
        assertThat(alpha(raster.pixel(0, 0))).isEqualTo(255);
        assertThat(raster.pixel(4, 4)).isZero();
    }
}
