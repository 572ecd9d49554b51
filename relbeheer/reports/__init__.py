"""PDF account plans and account reviews, drawn with reportlab from core's plan data.

Only drawing lives here: what a plan says is decided in ``core.plan`` and
``core.review``; ``services.plans`` gathers the data and calls these writers.
"""

from reportlab import rl_config

# The charts are built from a few dozen shapes per plan, by this package only and
# covered by its tests; reportlab's per-attribute type checks on every shape cost
# more than drawing them when a batch prints hundreds of plans. Read by
# reportlab.graphics.shapes when it is first imported, so it is set here.
rl_config.shapeChecking = 0
