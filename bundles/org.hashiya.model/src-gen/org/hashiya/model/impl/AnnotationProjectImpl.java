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
import org.eclipse.emf.ecore.util.InternalEList;

import org.hashiya.model.AnnotationProject;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaPackage;
import org.hashiya.model.LabelSet;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.impl.AnnotationProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationProjectImpl#getLabelSets <em>Label Sets</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationProjectImpl#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.hashiya.model.impl.AnnotationProjectImpl#getAnnotators <em>Annotators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationProjectImpl extends MinimalEObjectImpl.Container implements AnnotationProject {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelSets() <em>Label Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSets()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelSet> labelSets;

	/**
	 * The cached value of the '{@link #getArticles() <em>Articles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<Article> articles;

	/**
	 * The cached value of the '{@link #getAnnotators() <em>Annotators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotators()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotator> annotators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HashiyaPackage.Literals.ANNOTATION_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ANNOTATION_PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelSet> getLabelSets() {
		if (labelSets == null) {
			labelSets = new EObjectContainmentEList<LabelSet>(LabelSet.class, this, HashiyaPackage.ANNOTATION_PROJECT__LABEL_SETS);
		}
		return labelSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Article> getArticles() {
		if (articles == null) {
			articles = new EObjectContainmentEList<Article>(Article.class, this, HashiyaPackage.ANNOTATION_PROJECT__ARTICLES);
		}
		return articles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotator> getAnnotators() {
		if (annotators == null) {
			annotators = new EObjectContainmentEList<Annotator>(Annotator.class, this, HashiyaPackage.ANNOTATION_PROJECT__ANNOTATORS);
		}
		return annotators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_PROJECT__LABEL_SETS:
				return ((InternalEList<?>)getLabelSets()).basicRemove(otherEnd, msgs);
			case HashiyaPackage.ANNOTATION_PROJECT__ARTICLES:
				return ((InternalEList<?>)getArticles()).basicRemove(otherEnd, msgs);
			case HashiyaPackage.ANNOTATION_PROJECT__ANNOTATORS:
				return ((InternalEList<?>)getAnnotators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HashiyaPackage.ANNOTATION_PROJECT__NAME:
				return getName();
			case HashiyaPackage.ANNOTATION_PROJECT__LABEL_SETS:
				return getLabelSets();
			case HashiyaPackage.ANNOTATION_PROJECT__ARTICLES:
				return getArticles();
			case HashiyaPackage.ANNOTATION_PROJECT__ANNOTATORS:
				return getAnnotators();
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
			case HashiyaPackage.ANNOTATION_PROJECT__NAME:
				setName((String)newValue);
				return;
			case HashiyaPackage.ANNOTATION_PROJECT__LABEL_SETS:
				getLabelSets().clear();
				getLabelSets().addAll((Collection<? extends LabelSet>)newValue);
				return;
			case HashiyaPackage.ANNOTATION_PROJECT__ARTICLES:
				getArticles().clear();
				getArticles().addAll((Collection<? extends Article>)newValue);
				return;
			case HashiyaPackage.ANNOTATION_PROJECT__ANNOTATORS:
				getAnnotators().clear();
				getAnnotators().addAll((Collection<? extends Annotator>)newValue);
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
			case HashiyaPackage.ANNOTATION_PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HashiyaPackage.ANNOTATION_PROJECT__LABEL_SETS:
				getLabelSets().clear();
				return;
			case HashiyaPackage.ANNOTATION_PROJECT__ARTICLES:
				getArticles().clear();
				return;
			case HashiyaPackage.ANNOTATION_PROJECT__ANNOTATORS:
				getAnnotators().clear();
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
			case HashiyaPackage.ANNOTATION_PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HashiyaPackage.ANNOTATION_PROJECT__LABEL_SETS:
				return labelSets != null && !labelSets.isEmpty();
			case HashiyaPackage.ANNOTATION_PROJECT__ARTICLES:
				return articles != null && !articles.isEmpty();
			case HashiyaPackage.ANNOTATION_PROJECT__ANNOTATORS:
				return annotators != null && !annotators.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //AnnotationProjectImpl
