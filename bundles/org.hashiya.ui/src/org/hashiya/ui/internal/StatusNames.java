package org.hashiya.ui.internal;

import org.hashiya.model.AnnotationStatus;

/** What an article's status is called in the editor and the views. */
public final class StatusNames {

	private StatusNames() {
	}

	public static String of(AnnotationStatus status) {
		return switch (status) {
		case NEW -> Messages.Status_new;
		case IN_PROGRESS -> Messages.Status_inProgress;
		case FINISHED -> Messages.Status_finished;
		};
	}
}
