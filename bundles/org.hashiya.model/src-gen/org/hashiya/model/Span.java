/**
 */
package org.hashiya.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.Span#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.hashiya.model.Span#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.hashiya.model.HashiyaPackage#getSpan()
 * @model
 * @generated
 */
public interface Span extends TextRegion {
	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hashiya.model.SpanOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.hashiya.model.SpanOrigin
	 * @see #setOrigin(SpanOrigin)
	 * @see org.hashiya.model.HashiyaPackage#getSpan_Origin()
	 * @model
	 * @generated
	 */
	SpanOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Span#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.hashiya.model.SpanOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(SpanOrigin value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.hashiya.model.HashiyaPackage#getSpan_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Span#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Span
