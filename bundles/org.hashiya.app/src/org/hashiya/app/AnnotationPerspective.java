package org.hashiya.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.hashiya.ui.internal.views.CorpusView;
import org.hashiya.ui.internal.views.LabelPaletteView;

/**
 * The article editor in the middle; the corpus above the project explorer on the left; the labels
 * above the outline of the spans on the right; the properties of the selected span below the editor.
 */
public final class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.hashiya.app.perspective";

	private static final String CORPUS_VIEW = CorpusView.ID;
	private static final String LABELS_VIEW = LabelPaletteView.ID;

	/** Each ratio is the share of the split part's space that goes to the left or upper of the two. */
	private static final float LEFT_WIDTH = 0.2f;
	private static final float CORPUS_HEIGHT = 0.6f;
	private static final float EDITOR_WIDTH = 0.72f;
	private static final float LABELS_HEIGHT = 0.45f;
	private static final float EDITOR_HEIGHT = 0.75f;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(CORPUS_VIEW, IPageLayout.LEFT, LEFT_WIDTH, editorArea);
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.BOTTOM, CORPUS_HEIGHT, CORPUS_VIEW);
		layout.addView(LABELS_VIEW, IPageLayout.RIGHT, EDITOR_WIDTH, editorArea);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, LABELS_HEIGHT, LABELS_VIEW);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, EDITOR_HEIGHT, editorArea);
		for (String view : new String[] { CORPUS_VIEW, IPageLayout.ID_PROJECT_EXPLORER, LABELS_VIEW, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
	}
}
