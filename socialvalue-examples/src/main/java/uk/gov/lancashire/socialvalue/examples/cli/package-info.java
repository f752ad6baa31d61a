/**
 * The {@code socialvalue} command-line tool ({@link uk.gov.lancashire.socialvalue.examples.cli.SocialValueCli}, the
 * entry point): one picocli command per task (validate, value, evaluate, needs, report, template, convert),
 * each reading the SDK's documents and supplier spreadsheets and failing with one line per problem, never a
 * stack trace.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.examples.cli;

import org.jspecify.annotations.NullMarked;
