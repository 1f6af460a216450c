"""The reliability and security battery (issue 7): each module is one group that generates its cases,
asserts the headline figures and records them for `bench/battery`. `FEEDS_NIGHTLY=1` runs the long variants."""
