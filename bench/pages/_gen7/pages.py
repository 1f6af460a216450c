import pages_a, pages_b, pages_c
PAGES = pages_a.P + pages_b.P + pages_c.P
