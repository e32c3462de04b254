//! Pairing claims across revisions, one to one, without comparing every
//! claim with every other.
