/** The pipeline as an Apache Flink job over Kafka. */
@NullMarked
package org.herald.stream;

import org.jspecify.annotations.NullMarked;
