package org.hashiya.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.hashiya.ui.internal.views.CorpusView;
import org.hashiya.ui.internal.views.LabelPaletteView;
import org.hashiya.ui.internal.views.SuggestionsView;

/**
 * The article editor in the middle; the corpus above the project explorer on the left; the labels
 * above the outline of the spans and the suggestions, stacked, on the right; the properties of the
 * selected span below the editor.
 */
public final class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.hashiya.app.perspective";

	private static final String CORPUS_VIEW = CorpusView.ID;
	private static final String LABELS_VIEW = LabelPaletteView.ID;
	private static final String SUGGESTIONS_VIEW = SuggestionsView.ID;
	private static final String SPANS_FOLDER = "org.hashiya.app.spans";

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
		IFolderLayout spans = layout.createFolder(SPANS_FOLDER, IPageLayout.BOTTOM, LABELS_HEIGHT, LABELS_VIEW);
		spans.addView(IPageLayout.ID_OUTLINE);
		spans.addView(SUGGESTIONS_VIEW);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, EDITOR_HEIGHT, editorArea);
		for (String view : new String[] { CORPUS_VIEW, IPageLayout.ID_PROJECT_EXPLORER, LABELS_VIEW, IPageLayout.ID_OUTLINE, SUGGESTIONS_VIEW, IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
	}
}
