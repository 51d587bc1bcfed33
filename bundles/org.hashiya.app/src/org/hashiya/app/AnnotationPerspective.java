package org.hashiya.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The article editor in the middle, the corpus on the left, properties below. */
public final class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.hashiya.app.perspective";

	private static final float EXPLORER_WIDTH = 0.2f;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, EXPLORER_WIDTH, layout.getEditorArea());
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
	}
}
