package org.hashiya.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/** A table column's text and image, each read from the row's element by a function. */
public final class FunctionLabelProvider<T> extends ColumnLabelProvider {

	private final Class<T> type;
	private final Function<T, String> text;
	private final Function<T, Image> image;

	/** @param image the column's image, or null for a column without one */
	public FunctionLabelProvider(Class<T> type, Function<T, String> text, Function<T, Image> image) {
		this.type = type;
		this.text = text;
		this.image = image;
	}

	@Override
	public String getText(Object element) {
		return text.apply(type.cast(element));
	}

	@Override
	public Image getImage(Object element) {
		return image == null ? null : image.apply(type.cast(element));
	}
}
