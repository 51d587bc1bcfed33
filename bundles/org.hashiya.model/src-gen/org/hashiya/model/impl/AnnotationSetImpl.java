/**
 */
package org.hashiya.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaPackage;
import org.hashiya.model.Span;
import org.hashiya.model.Suggestion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.impl.AnnotationSetImpl#getArticle <em>Article</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationSetImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationSetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationSetImpl#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationSetImpl#getSuggestions <em>Suggestions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationSetImpl extends MinimalEObjectImpl.Container implements AnnotationSet {
	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected Annotator annotator;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AnnotationStatus STATUS_EDEFAULT = AnnotationStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AnnotationStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpans() <em>Spans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpans()
	 * @generated
	 * @ordered
	 */
	protected EList<Span> spans;

	/**
	 * The cached value of the '{@link #getSuggestions() <em>Suggestions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggestions()
	 * @generated
	 * @ordered
	 */
	protected EList<Suggestion> suggestions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HashiyaPackage.Literals.ANNOTATION_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article getArticle() {
		if (eContainerFeatureID() != HashiyaPackage.ANNOTATION_SET__ARTICLE) return null;
		return (Article)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetArticle(Article newArticle, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newArticle, HashiyaPackage.ANNOTATION_SET__ARTICLE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle(Article newArticle) {
		if (newArticle != eInternalContainer() || (eContainerFeatureID() != HashiyaPackage.ANNOTATION_SET__ARTICLE && newArticle != null)) {
			if (EcoreUtil.isAncestor(this, newArticle))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newArticle != null)
				msgs = ((InternalEObject)newArticle).eInverseAdd(this, HashiyaPackage.ARTICLE__ANNOTATION_SETS, Article.class, msgs);
			msgs = basicSetArticle(newArticle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ANNOTATION_SET__ARTICLE, newArticle, newArticle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator getAnnotator() {
		if (annotator != null && annotator.eIsProxy()) {
			InternalEObject oldAnnotator = (InternalEObject)annotator;
			annotator = (Annotator)eResolveProxy(oldAnnotator);
			if (annotator != oldAnnotator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HashiyaPackage.ANNOTATION_SET__ANNOTATOR, oldAnnotator, annotator));
			}
		}
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Annotator basicGetAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(Annotator newAnnotator) {
		Annotator oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ANNOTATION_SET__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AnnotationStatus newStatus) {
		AnnotationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ANNOTATION_SET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Span> getSpans() {
		if (spans == null) {
			spans = new EObjectContainmentEList<Span>(Span.class, this, HashiyaPackage.ANNOTATION_SET__SPANS);
		}
		return spans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Suggestion> getSuggestions() {
		if (suggestions == null) {
			suggestions = new EObjectContainmentEList<Suggestion>(Suggestion.class, this, HashiyaPackage.ANNOTATION_SET__SUGGESTIONS);
		}
		return suggestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetArticle((Article)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				return basicSetArticle(null, msgs);
			case HashiyaPackage.ANNOTATION_SET__SPANS:
				return ((InternalEList<?>)getSpans()).basicRemove(otherEnd, msgs);
			case HashiyaPackage.ANNOTATION_SET__SUGGESTIONS:
				return ((InternalEList<?>)getSuggestions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				return eInternalContainer().eInverseRemove(this, HashiyaPackage.ARTICLE__ANNOTATION_SETS, Article.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				return getArticle();
			case HashiyaPackage.ANNOTATION_SET__ANNOTATOR:
				if (resolve) return getAnnotator();
				return basicGetAnnotator();
			case HashiyaPackage.ANNOTATION_SET__STATUS:
				return getStatus();
			case HashiyaPackage.ANNOTATION_SET__SPANS:
				return getSpans();
			case HashiyaPackage.ANNOTATION_SET__SUGGESTIONS:
				return getSuggestions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				setArticle((Article)newValue);
				return;
			case HashiyaPackage.ANNOTATION_SET__ANNOTATOR:
				setAnnotator((Annotator)newValue);
				return;
			case HashiyaPackage.ANNOTATION_SET__STATUS:
				setStatus((AnnotationStatus)newValue);
				return;
			case HashiyaPackage.ANNOTATION_SET__SPANS:
				getSpans().clear();
				getSpans().addAll((Collection<? extends Span>)newValue);
				return;
			case HashiyaPackage.ANNOTATION_SET__SUGGESTIONS:
				getSuggestions().clear();
				getSuggestions().addAll((Collection<? extends Suggestion>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				setArticle((Article)null);
				return;
			case HashiyaPackage.ANNOTATION_SET__ANNOTATOR:
				setAnnotator((Annotator)null);
				return;
			case HashiyaPackage.ANNOTATION_SET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case HashiyaPackage.ANNOTATION_SET__SPANS:
				getSpans().clear();
				return;
			case HashiyaPackage.ANNOTATION_SET__SUGGESTIONS:
				getSuggestions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_SET__ARTICLE:
				return getArticle() != null;
			case HashiyaPackage.ANNOTATION_SET__ANNOTATOR:
				return annotator != null;
			case HashiyaPackage.ANNOTATION_SET__STATUS:
				return status != STATUS_EDEFAULT;
			case HashiyaPackage.ANNOTATION_SET__SPANS:
				return spans != null && !spans.isEmpty();
			case HashiyaPackage.ANNOTATION_SET__SUGGESTIONS:
				return suggestions != null && !suggestions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //AnnotationSetImpl
