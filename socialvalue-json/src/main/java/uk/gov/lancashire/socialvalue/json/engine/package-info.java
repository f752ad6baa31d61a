/**
 * The reading and writing engine (not exported): {@link uk.gov.lancashire.socialvalue.json.engine.Shape}
 * (one property table per type, from which reading, writing and problem placement follow), {@link
 * uk.gov.lancashire.socialvalue.json.engine.In} (the token stream, the path as segments, bounded problems),
 * {@link uk.gov.lancashire.socialvalue.json.engine.Scalars} and {@link
 * uk.gov.lancashire.socialvalue.json.engine.EnumNames} (plain values), {@link
 * uk.gov.lancashire.socialvalue.json.engine.ListOf} and {@link uk.gov.lancashire.socialvalue.json.engine.MapOf}
 * (arrays, sets, objects used as maps).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.engine;

import org.jspecify.annotations.NullMarked;
