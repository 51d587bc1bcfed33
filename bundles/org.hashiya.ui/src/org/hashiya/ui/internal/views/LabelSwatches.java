package org.hashiya.ui.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.hashiya.model.Label;
import org.hashiya.ui.internal.LabelColours;

/** Small squares in the labels' colours, one image per colour, freed with the control that shows them. */
final class LabelSwatches {

	private static final int SIZE = 12;
	/** Frames the square, so that a very light colour stays visible on a white row. */
	private static final RGB BORDER = new RGB(0x80, 0x80, 0x80);

	private final LocalResourceManager resources;
	private final Map<RGB, Image> images = new HashMap<>();

	LabelSwatches(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	Image of(Label label) {
		return images.computeIfAbsent(LabelColours.rgb(label),
				rgb -> resources.create(ImageDescriptor.createFromImageDataProvider(zoom -> square(rgb, SIZE * zoom / 100))));
	}

	private static ImageData square(RGB colour, int size) {
		PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
		ImageData data = new ImageData(size, size, 24, palette);
		int fill = palette.getPixel(colour);
		int border = palette.getPixel(BORDER);
		for (int x = 0; x < size; x++) {
			for (int y = 0; y < size; y++) {
				boolean edge = x == 0 || y == 0 || x == size - 1 || y == size - 1;
				data.setPixel(x, y, edge ? border : fill);
			}
		}
		return data;
	}
}
